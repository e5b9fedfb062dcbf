using System.Net;
using System.Net.Sockets;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// Ports for the servers tests start, from the range this machine sets aside for them (18080-18099): each call hands out
/// the next one that nothing listens on, so test classes running side by side never share one.
/// </summary>
public static class TestPorts
{
    private const int First = 18080;
    private const int Count = 20;
    private static int next = -1;

    public static int Next()
    {
        for (var tried = 0; tried < Count; tried++)
        {
            var port = First + (Interlocked.Increment(ref next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free port in {First}-{First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

# syntax=docker/dockerfile:1
# Strata's container image (docs/deployment.md). Build from the repository root:
#   docker build -t strata:dev .                            # server ClickHouse only (the default in containers)
#   docker build --target runtime-embedded -t strata:dev-embedded .   # with the embedded engine (libchdb)
# The build runs the README's build of the CLI (scripts/setup.sh, build_cli): the same project, the same
# Release configuration, the SDK of global.json; tests/Strata.Tests/Deployment/DockerfileTests.cs holds it to that.

# 0. The charting library the build embeds (the HTML report opens offline): the same npm package and checksum as scripts/setup.sh.
FROM node:22.12.0-bookworm-slim AS echarts
ARG ECHARTS_PACKAGE=echarts@6.1.0
ARG ECHARTS_TARBALL_SHA256=681aff88cc1038c3fa941a3a53d1b177a52250b05335efc607d6105ae13be481
WORKDIR /echarts
RUN npm pack --silent "$ECHARTS_PACKAGE" \
    && echo "$ECHARTS_TARBALL_SHA256  $(ls ./*.tgz)" | sha256sum --check --quiet - \
    && tar -xzf ./*.tgz package/dist/echarts.min.js \
    && mv package/dist/echarts.min.js . && rm -rf package ./*.tgz

# 1. Build: the .NET 10 SDK restores (a cached layer while no project file changes) and publishes the CLI, ReadyToRun
#    (compiled ahead of time, as scripts/setup.sh's build_cli does).
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Strata/Strata.csproj src/Strata/
COPY src/Strata.Cli/Strata.Cli.csproj src/Strata.Cli/
RUN dotnet restore src/Strata.Cli/Strata.Cli.csproj -r linux-x64
COPY src/ src/
COPY sql/ sql/
COPY --from=echarts /echarts/echarts.min.js /opt/echarts/echarts.min.js
ENV STRATA_ECHARTS=/opt/echarts/echarts.min.js
RUN dotnet publish src/Strata.Cli/Strata.Cli.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --no-restore -o /app

# 2. The embedded engine, only for the runtime-embedded target: the same npm package and checksum as scripts/setup.sh.
FROM node:22.12.0-bookworm-slim AS libchdb
ARG LIBCHDB_PACKAGE=@chdb/lib-linux-x64-gnu@26.7.3-stable.1
ARG LIBCHDB_TARBALL_SHA256=c0d32b129e988f2b9a9a31c9141aecf5e1e2453f9a079efc4d36ab8e3f92b2ad
WORKDIR /libchdb
RUN npm pack --silent "$LIBCHDB_PACKAGE" \
    && echo "$LIBCHDB_TARBALL_SHA256  $(ls ./*.tgz)" | sha256sum --check --quiet - \
    && tar -xzf ./*.tgz package/libchdb.so \
    && mv package/libchdb.so . && rm -rf package ./*.tgz

# 3. What runs: the ASP.NET Core runtime (`strata serve` hosts a web server), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime-base
ENV STRATA_DATA=/var/lib/strata \
    PATH="/app:${PATH}" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app /app
RUN mkdir -p /var/lib/strata && chown "$APP_UID" /var/lib/strata
VOLUME /var/lib/strata
USER $APP_UID
EXPOSE 8080
# `strata status` exits 0 when Strata is healthy and 1 otherwise (issue 9); the scheduler needs a minute to boot.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["strata", "status", "--json"]
ENTRYPOINT ["strata"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]

# With libchdb: STRATA_CLICKHOUSE may stay unset (embedded:$STRATA_DATA/clickhouse); about 180 MB larger.
FROM runtime-base AS runtime-embedded
COPY --from=libchdb /libchdb/libchdb.so /opt/libchdb/libchdb.so
ENV STRATA_LIBCHDB=/opt/libchdb/libchdb.so

# The default target: no embedded engine, STRATA_CLICKHOUSE names a ClickHouse server.
FROM runtime-base AS runtime

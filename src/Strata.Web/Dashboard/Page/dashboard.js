// Draws every chart of the page with ECharts from the options the server computed (the data island #strata-charts):
// the figures, titles, axis names and readings all come from the server; this only draws and formats money.
(function () {
  'use strict';
  var money = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  var formatValue = function (isMoney) {
    return function (value) {
      var shown = Array.isArray(value) ? value[value.length - 1] : value;
      if (shown === null || shown === undefined || shown === '-') { return 'n/a'; }
      return isMoney ? money.format(shown) : number.format(shown);
    };
  };
  var options = JSON.parse(document.getElementById('strata-charts').textContent);
  var charts = [];
  Object.keys(options).forEach(function (id) {
    var option = options[id];
    var element = document.getElementById('chart-' + id);
    option.tooltip = Object.assign({}, option.tooltip, { valueFormatter: formatValue(option.strataMoney) });
    delete option.strataMoney;
    option.animation = false;
    var chart = echarts.init(element);
    chart.setOption(option);
    element.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
})();

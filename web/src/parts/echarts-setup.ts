/**
 * ECharts with only the parts the UI draws (bars, the graph, grid, tooltip, aria, label layout,
 * the SVG renderer). Loaded on demand by echarts.ts, so the search pages never download it.
 */
import { BarChart, GraphChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GraphChart, GridComponent, TooltipComponent, AriaComponent, LabelLayout, SVGRenderer]);

export { init };

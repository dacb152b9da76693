/** All colours and widths of the embedded basemap, in one typed object (light, print-friendly). */
export interface Theme {
  background: string;
  district: { fill: string; focusFill: string; line: string; focusLine: string; label: string };
  water: { fill: string; line: string; label: string };
  park: string;
  campus: string;
  school: string;
  hospital: string;
  landmarkLabel: string;
  road: {
    elevated: string;
    elevatedCasing: string;
    arterial: string;
    secondary: string;
    casing: string;
    label: string;
  };
  rail: { planned: string; stationFill: string; stationStroke: string; label: string };
  subdistrictLabel: string;
  halo: string;
}

export const LIGHT: Theme = {
  background: '#f4f3ef',
  district: { fill: '#ecebe6', focusFill: '#fbfaf7', line: '#a7a39a', focusLine: '#5b564c', label: '#8d887d' },
  water: { fill: '#c6dbe8', line: '#8fb6cf', label: '#3f6f8f' },
  park: '#d8e8cf',
  campus: '#efe6d3',
  school: '#f1ebdc',
  hospital: '#f3dede',
  landmarkLabel: '#5d6b4f',
  road: {
    elevated: '#f3c98b',
    elevatedCasing: '#c8975a',
    arterial: '#fffdf8',
    secondary: '#ffffff',
    casing: '#c4bdb0',
    label: '#55524b',
  },
  rail: { planned: '#8a8a8a', stationFill: '#ffffff', stationStroke: '#333333', label: '#2d2d2d' },
  subdistrictLabel: '#7a6f60',
  halo: 'rgba(255,255,255,0.9)',
};

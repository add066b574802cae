/**
 * Hash router: `#/practice/单元长制?x=1` → { path: ['practice', '单元长制'], params }. The URL holds
 * all page state so any view can be shared as a link.
 */

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(hash: string = window.location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = raw.split(/\?(.*)/s);
  const path = pathPart.split('/').filter((segment) => segment !== '').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return { path, params: new URLSearchParams(query) };
}

type ParamValue = string | number | null | undefined | (string | number)[];

/** Builds `#/a/b?k=v`; empty values are left out, arrays repeat the key. */
export function href(path: (string | number)[], params: Record<string, ParamValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) if (one !== null && one !== undefined && one !== '') search.append(key, String(one));
  }
  const query = search.toString();
  return `#/${path.map((segment) => encodeURIComponent(String(segment))).join('/')}${query ? `?${query}` : ''}`;
}

export function navigate(target: string): void {
  if (window.location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = target;
}

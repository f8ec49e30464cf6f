// The page's link to the daemon: the token and the avatar to show come in the URL's fragment
// (never sent to any server), every API call carries the token.

const params = new URLSearchParams(location.hash.slice(1));
export const token = params.get('token') ?? '';
/** "views/<id>" (an avatar `fitme view` opened) or "results/<job id>" (a finished job). */
export const initialSource = params.get('src') ?? '';

export class ApiError extends Error {}

async function call(path) {
  const res = await fetch(`/view/api/${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = (await res.json()).message;
    } catch {
      // keep the status line
    }
    throw new ApiError(message);
  }
  return res;
}

/** Which files a source has (avatar.glb, metadata.json, photo, maps/<kind>.png): the page asks for no other. */
export async function fetchListing(source) {
  return new Set((await (await call(source)).json()).files);
}

/** One of a source's files as a Blob. */
export async function fetchSourceFile(source, file) {
  return (await call(`${source}/${file}`)).blob();
}

/** Shows the source in the page's own URL, so a reload shows the same avatar. */
export function rememberSource(source) {
  const p = new URLSearchParams(location.hash.slice(1));
  p.set('src', source);
  history.replaceState(null, '', `#${p}`);
}

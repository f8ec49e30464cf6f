// The viewer page: wires the 3D view, the controls, the maps and fitting from a dropped photo.
// window.fitmeView exposes the state to scripts and the tests (which drive the page as a person would).
import * as THREE from 'three';
import { ApiError, fetchListing, fetchSourceFile, initialSource, rememberSource, token } from './api.js';
import { AvatarScene } from './scene.js';
import { Lighting } from './lighting.js';
import { buildMorphSliders, resetMorphs, setMorph } from './morphs.js';
import { imagesFromBlobs, imagesFromMaterial, MAP_KINDS, showMaps } from './maps.js';
import { PhotoOverlay } from './overlay.js';
import { FitClient } from './live-fit.js';

const $ = (id) => document.getElementById(id);
const statusEl = $('status');
const view = new AvatarScene($('viewport'));
const lighting = new Lighting(view.scene, view.renderer);
const overlay = new PhotoOverlay(view, $('overlay-photo'));
const client = new FitClient(token);
const state = { source: '', loaded: false, previews: 0, lastStage: '', jobId: '', error: '', metadata: null, morphNames: [] };
window.fitmeView = { THREE, view, state, lighting, overlay };

function status(text, error = false) {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', error);
  if (error) state.error = text;
}

view.onResize = () => overlay.update();
lighting.apply('studio');

$('lighting').addEventListener('change', (e) => {
  lighting.apply(e.target.value);
  view.requestRender();
});
$('lod').addEventListener('change', (e) => view.setLod(Number(e.target.value)));
/** Over the photo the avatar wears the photo's expression (the fit's), neutral again after. */
function wearOverlayExpression() {
  const weights = overlay.enabled ? overlay.expression ?? {} : {};
  for (const input of document.querySelectorAll('#morphs input[data-morph]')) input.value = String(weights[input.dataset.morph] ?? 0);
  for (const name of state.morphNames) setMorph(view.meshes(), name, weights[name] ?? 0);
}

$('overlay').addEventListener('change', (e) => {
  overlay.enabled = e.target.checked;
  wearOverlayExpression();
  overlay.update();
});
$('overlay-opacity').addEventListener('input', (e) => {
  overlay.opacity = Number(e.target.value);
  overlay.update();
});
$('reset-morphs').addEventListener('click', () => resetMorphs($('morphs'), view.meshes(), () => view.requestRender()));

/** Shows an avatar: `source` is "views/<id>" or "results/<job id>"; `photo` a Blob when the page has it. */
async function showAvatar(source, photo = null) {
  status('loading the avatar…');
  state.loaded = false;
  state.error = '';
  const files = await fetchListing(source);
  const glb = await fetchSourceFile(source, 'avatar.glb');
  const metadata = files.has('metadata.json') ? JSON.parse(await (await fetchSourceFile(source, 'metadata.json')).text()) : null;
  await view.load(glb);
  state.source = source;
  state.metadata = metadata;
  rememberSource(source);

  const meshes = view.meshes();
  state.morphNames = buildMorphSliders($('morphs'), meshes, () => view.requestRender());
  $('lod').replaceChildren(
    ...view.lods.map((l) => Object.assign(document.createElement('option'), { value: String(l.level), textContent: `LOD${l.level}: ${l.triangles.toLocaleString('en')} triangles` })),
  );

  const fit = metadata?.photos?.[0];
  // The glb has the key light as fitted; metadata.json's SH has it folded in (diffuse only).
  const full = view.extras.lighting?.[0];
  const light = full ? { sh: full.ambientSh, direction: full.keyLightDirection, color: full.keyLightColor } : fit?.lighting && { sh: fit.lighting.sh };
  lighting.setFitted(light, fit?.camera?.rotation);
  overlay.expression = view.extras.photoExpressions?.[0] ?? null;
  $('lighting').querySelector('option[value="fitted"]').disabled = !lighting.hasFitted;
  if (!lighting.hasFitted && lighting.preset === 'fitted') $('lighting').value = 'studio';
  lighting.apply($('lighting').value);

  if (!photo && files.has('photo')) photo = await fetchSourceFile(source, 'photo');
  overlay.set(photo, fit?.camera);
  $('overlay').disabled = !overlay.available;
  if (!overlay.available) $('overlay').checked = overlay.enabled = false;
  wearOverlayExpression();
  overlay.update();

  if (MAP_KINDS.some((k) => files.has(`maps/${k}.png`))) {
    const kinds = MAP_KINDS.filter((k) => files.has(`maps/${k}.png`));
    const blobs = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await fetchSourceFile(source, `maps/${k}.png`)])));
    showMaps($('maps'), imagesFromBlobs(blobs));
  } else {
    showMaps($('maps'), imagesFromMaterial(meshes), 'from the glb');
  }
  const name = metadata?.name ?? 'avatar';
  status(`${name}: ${view.lods.length} LODs, ${state.morphNames.length} blendshapes${overlay.available ? ', photo overlay available' : ''}`);
  state.loaded = true;
}

/** Fits photos dropped on (or picked in) the page, showing the live preview, then the avatar. */
async function fitPhotos(files) {
  const photos = await Promise.all([...files].map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
  if (!photos.length) return;
  $('fit-panel').hidden = false;
  $('fit-progress').value = 0;
  state.previews = 0;
  state.jobId = '';
  state.error = '';
  status(`sending ${photos.length} photo(s) to the daemon…`);
  let previewUrl = '';
  await new Promise((resolve) => {
    const handlers = {
      progress(stage, fraction, message) {
        state.lastStage = stage;
        $('fit-progress').value = fraction;
        $('fit-stage').textContent = `${stage} ${Math.round(fraction * 100)}%${message ? `: ${message}` : ''}`;
      },
      preview(p) {
        state.previews++;
        if (previewUrl) URL.revokeObjectURL(previewUrl);
        previewUrl = URL.createObjectURL(new Blob([p.image], { type: p.imageEncoding || 'image/jpeg' }));
        $('fit-preview').src = previewUrl;
        if (p.maps?.length) {
          const names = { 1: 'albedo', 2: 'specular', 3: 'normal', 4: 'roughness', 5: 'confidence' };
          const blobs = Object.fromEntries(p.maps.map((m) => [names[m.kind] ?? `map${m.kind}`, new Blob([m.data], { type: m.encoding || 'image/png' })]));
          showMaps($('maps'), imagesFromBlobs(blobs), `live, iteration ${p.iteration}`);
        }
      },
      warning(w) {
        status(`warning: ${w.message}`);
      },
      completed(c) {
        $('fit-progress').value = 1;
        $('fit-stage').textContent = `done in ${(c.summary.durationMs / 1000).toFixed(1)} s`;
        showAvatar(`results/${c.jobId}`, files[0]).then(resolve, (err) => {
          status(`could not load the fitted avatar: ${err.message}`, true);
          resolve();
        });
      },
      failed(err) {
        status(`the fit failed: ${err.message}`, true);
        resolve();
      },
    };
    client.generate(photos, handlers).then(
      (jobId) => {
        if (!jobId) return;
        state.jobId = jobId;
        status(`fitting (job ${jobId})…`);
        $('fit-cancel').hidden = false;
        $('fit-cancel').onclick = () => client.cancel(jobId);
      },
      (err) => {
        status(`cannot reach the daemon: ${err.message}`, true);
        resolve();
      },
    );
  });
  $('fit-cancel').hidden = true;
}

$('photo-input').addEventListener('change', (e) => {
  const files = [...e.target.files];
  e.target.value = '';
  void fitPhotos(files);
});
const stage = $('stage');
stage.addEventListener('dragover', (e) => {
  e.preventDefault();
  stage.classList.add('dragging');
});
stage.addEventListener('dragleave', () => stage.classList.remove('dragging'));
stage.addEventListener('drop', (e) => {
  e.preventDefault();
  stage.classList.remove('dragging');
  const files = [...(e.dataTransfer?.files ?? [])].filter((f) => f.type.startsWith('image/') || /\.(jpe?g|png|webp|tiff?)$/i.test(f.name));
  if (files.length) void fitPhotos(files);
  else status('drop image files (JPEG, PNG, WebP, TIFF)', true);
});

if (!token) status('no token in the URL: open the page with `fitme view`, which adds it', true);
else if (initialSource) {
  showAvatar(initialSource).catch((err) => status(err instanceof ApiError ? err.message : `could not show the avatar: ${err.message}`, true));
} else {
  status('no avatar yet: drop a photo to fit one');
}

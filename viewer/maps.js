// The maps side by side: from the avatar's folder when it has one (every map, confidence too),
// else the textures inside the glb; while fitting, the low-resolution maps the preview frames carry.

export const MAP_KINDS = ['albedo', 'specular', 'roughness', 'normal', 'confidence'];

export function showMaps(container, images, note = '') {
  for (const img of container.querySelectorAll('img')) if (img.src.startsWith('blob:')) URL.revokeObjectURL(img.src);
  container.replaceChildren();
  for (const kind of MAP_KINDS) {
    const fig = document.createElement('figure');
    fig.dataset.map = kind;
    const img = images[kind];
    if (img) fig.appendChild(img);
    else {
      const missing = document.createElement('div');
      missing.className = 'missing';
      missing.textContent = kind === 'confidence' ? 'not in the glb: open the avatar with its --maps-dir' : 'not in this avatar';
      fig.appendChild(missing);
    }
    const cap = document.createElement('figcaption');
    cap.textContent = note ? `${kind} (${note})` : kind;
    fig.appendChild(cap);
    container.appendChild(fig);
  }
}

/** <img> elements for PNG/JPEG blobs. */
export function imagesFromBlobs(blobs) {
  const out = {};
  for (const [kind, blob] of Object.entries(blobs)) {
    if (!blob) continue;
    const img = new Image();
    img.src = URL.createObjectURL(blob);
    img.alt = kind;
    out[kind] = img;
  }
  return out;
}

/** Canvases of the skin material's textures, for a glb opened without its maps folder. */
export function imagesFromMaterial(meshes) {
  const skin = meshes.map((m) => m.material).find((m) => m && m.map);
  if (!skin) return {};
  const textures = {
    albedo: skin.map,
    specular: skin.specularIntensityMap ?? skin.specularColorMap,
    roughness: skin.roughnessMap,
    normal: skin.normalMap,
  };
  const out = {};
  for (const [kind, tex] of Object.entries(textures)) {
    const image = tex?.image;
    if (!image) continue;
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d').drawImage(image, 0, 0);
    out[kind] = canvas;
  }
  return out;
}

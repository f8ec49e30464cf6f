// The blendshape sliders: one per morph target (ARKit names), acting on every primitive of every LOD.

export function buildMorphSliders(container, meshes, onChange) {
  container.replaceChildren();
  const names = [];
  for (const m of meshes) {
    for (const name of Object.keys(m.morphTargetDictionary ?? {})) if (!names.includes(name)) names.push(name);
  }
  for (const name of names) {
    const label = document.createElement('label');
    label.textContent = name;
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', min: '0', max: '1', step: '0.01', value: '0' });
    input.dataset.morph = name;
    input.addEventListener('input', () => {
      setMorph(meshes, name, Number(input.value));
      onChange();
    });
    label.appendChild(input);
    container.appendChild(label);
  }
  if (!names.length) container.textContent = 'this avatar has no blendshapes';
  return names;
}

export function setMorph(meshes, name, weight) {
  for (const m of meshes) {
    const i = m.morphTargetDictionary?.[name];
    if (i !== undefined) m.morphTargetInfluences[i] = weight;
  }
}

export function resetMorphs(container, meshes, onChange) {
  for (const input of container.querySelectorAll('input[data-morph]')) {
    input.value = '0';
    setMorph(meshes, input.dataset.morph, 0);
  }
  onChange();
}

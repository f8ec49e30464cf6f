// BoneWeights.h: declared in UE/MeshDescription.h (see there).
// module: AnimationCore
#pragma once
#include "UE/MeshDescription.h"

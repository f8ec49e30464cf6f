// SkeletalMeshAttributes.h: declared in UE/MeshDescription.h (see there).
// module: SkeletalMeshDescription
#pragma once
#include "UE/MeshDescription.h"

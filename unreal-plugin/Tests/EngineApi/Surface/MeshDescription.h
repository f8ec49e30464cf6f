// MeshDescription.h: declared in UE/MeshDescription.h (see there).
// module: MeshDescription
#pragma once
#include "UE/MeshDescription.h"

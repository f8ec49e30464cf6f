// MeshDescription.h: declared in UE/MeshDescription.h (see there).
#pragma once
#include "UE/MeshDescription.h"

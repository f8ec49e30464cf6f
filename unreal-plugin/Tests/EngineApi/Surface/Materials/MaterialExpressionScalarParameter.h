// Materials/MaterialExpressionScalarParameter.h: declared in UE/Engine.h (see there).
#pragma once
#include "UE/Engine.h"

// IImageWrapperModule.h: declared in UE/Engine.h (see there).
// module: ImageWrapper
#pragma once
#include "UE/Engine.h"

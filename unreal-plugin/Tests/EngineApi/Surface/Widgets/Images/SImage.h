// Widgets/Images/SImage.h: declared in UE/Slate.h (see there).
#pragma once
#include "UE/Slate.h"

// MaterialEditingLibrary.h: declared in UE/Editor.h (see there).
// module: MaterialEditor
#pragma once
#include "UE/Editor.h"

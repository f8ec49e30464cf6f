#include "FitMeTextures.h"

#include "Engine/Texture2D.h"
#include "IImageWrapper.h"
#include "IImageWrapperModule.h"
#include "Modules/ModuleManager.h"

bool FFitMeTextures::DecodeToBGRA8(const uint8* Data, int64 Size, FImage& OutImage, FString& OutError)
{
	IImageWrapperModule& Wrappers = FModuleManager::LoadModuleChecked<IImageWrapperModule>(TEXT("ImageWrapper"));
	const EImageFormat Format = Wrappers.DetectImageFormat(Data, Size);
	TSharedPtr<IImageWrapper> Wrapper = Format == EImageFormat::Invalid ? nullptr : Wrappers.CreateImageWrapper(Format);
	FImage Decoded;
	if (!Wrapper.IsValid() || !Wrapper->SetCompressed(Data, Size) || !Wrapper->GetRawImage(Decoded))
	{
		OutError = TEXT("the daemon sent an image this engine cannot decode");
		return false;
	}
	// 8-bit files keep their bytes; 16-bit (linear) ones are quantized without a gamma change.
	Decoded.CopyTo(OutImage, ERawImageFormat::BGRA8, Decoded.GammaSpace == EGammaSpace::Linear ? EGammaSpace::Linear : EGammaSpace::sRGB);
	return true;
}

bool FFitMeTextures::DecodeToBGRA8(const fitme::core::TextureData& Map, FImage& OutImage, FString& OutError)
{
	if (!DecodeToBGRA8(Map.bytes.data(), static_cast<int64>(Map.bytes.size()), OutImage, OutError))
	{
		return false;
	}
	if (fitme::core::RoleOf(Map) == fitme::core::TextureRole::kNormalMap)
	{
		// BGRA: green is byte 1 of each pixel.
		fitme::core::FlipGreenChannel(OutImage.RawData.GetData(), static_cast<size_t>(OutImage.GetNumPixels()), 4, 1, 8);
	}
	return true;
}

void FFitMeTextures::ApplyRole(UTexture2D* Texture, fitme::core::TextureRole Role)
{
	switch (Role)
	{
	case fitme::core::TextureRole::kColor:
		Texture->SRGB = true;
		Texture->CompressionSettings = TC_Default;
		break;
	case fitme::core::TextureRole::kLinear:
		Texture->SRGB = false;
		Texture->CompressionSettings = TC_Masks;
		break;
	case fitme::core::TextureRole::kNormalMap:
		Texture->SRGB = false;
		Texture->CompressionSettings = TC_Normalmap;
		break;
	}
}

UTexture2D* FFitMeTextures::CreateTransient(const FImage& Image, fitme::core::TextureRole Role)
{
	UTexture2D* Texture = UTexture2D::CreateTransient(Image.SizeX, Image.SizeY, PF_B8G8R8A8);
	if (Texture == nullptr)
	{
		return nullptr;
	}
	FTexture2DMipMap& Mip = Texture->GetPlatformData()->Mips[0];
	void* Pixels = Mip.BulkData.Lock(LOCK_READ_WRITE);
	FMemory::Memcpy(Pixels, Image.RawData.GetData(), Image.RawData.Num());
	Mip.BulkData.Unlock();
	ApplyRole(Texture, Role);
	Texture->UpdateResource();
	return Texture;
}

UTexture2D* FFitMeTextures::CreateTransient(const fitme::core::TextureData& Map, FString& OutError)
{
	FImage Image;
	if (!DecodeToBGRA8(Map, Image, OutError))
	{
		return nullptr;
	}
	UTexture2D* Texture = CreateTransient(Image, fitme::core::RoleOf(Map));
	if (Texture == nullptr)
	{
		OutError = TEXT("could not create a texture");
	}
	return Texture;
}

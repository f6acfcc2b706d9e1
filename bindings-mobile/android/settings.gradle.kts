// The Android library (AAR) of umf-sdk; built by build-aar.sh, which first puts the generated
// Kotlin and the cross-compiled .so files under build/generated.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "umf-sdk-android"

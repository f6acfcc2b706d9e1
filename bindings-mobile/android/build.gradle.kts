plugins {
    id("com.android.library") version "8.7.3"
    id("org.jetbrains.kotlin.android") version "2.1.20"
}

android {
    // The Kotlin package of the generated bindings (bindings-mobile/uniffi.toml).
    namespace = "com.umfsdk"
    compileSdk = 35

    defaultConfig {
        minSdk = (findProperty("minSdk") as String?)?.toInt() ?: 24
        // R8 must keep JNA and the generated FFI structures, which JNA reads by reflection.
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets["main"].apply {
        java.srcDir("build/generated/uniffi/kotlin")
        jniLibs.srcDir("build/generated/jniLibs")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    // The generated bindings call the Rust library through JNA; the AAR flavour carries JNA's
    // own native dispatch library for every ABI. The version the Kotlin tests run against
    // (Debian bookworm's libjna-java). Apps that use this AAR as a file add it too.
    implementation("net.java.dev.jna:jna:5.13.0@aar")
}

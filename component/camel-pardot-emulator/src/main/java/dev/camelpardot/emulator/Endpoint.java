package dev.camelpardot.emulator;

/** One family of URLs the emulator serves. Must send exactly one reply on the channel, now or later. */
interface Endpoint {

    void handle(EmulatorRequest request, ResponseChannel response);
}

package org.peaceops.cadre.centre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What describes a room; validated wherever it enters Cadre. */
public record RoomDetails(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String building,
        @Min(1) @Max(2000) int capacity) {
}

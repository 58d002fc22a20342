package org.peaceops.cadre.curriculum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user edits on a curriculum node. */
public record NodeDetails(
        @Size(max = 40) String code,
        @NotBlank @Size(max = 500) String title,
        @Min(0) @Max(100000) Integer minutes,
        DeliveryMethod deliveryMethod) {
}

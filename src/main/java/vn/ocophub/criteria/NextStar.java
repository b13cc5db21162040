package vn.ocophub.criteria;

import java.util.List;

/**
 * What a product lacks for the next star level: the points still missing to reach its band and a short list of
 * option upgrades that together reach the level, those the conditions require first.
 */
public record NextStar(int stars, int pointsNeeded, List<Upgrade> upgrades) {

	public NextStar {
		upgrades = List.copyOf(upgrades);
	}

}

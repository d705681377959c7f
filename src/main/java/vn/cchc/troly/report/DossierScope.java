package vn.cchc.troly.report;

/** Which dossier: the current plan's, a year's plan's ("/hoso 2024"), or one item of the current plan. */
public sealed interface DossierScope {

	record CurrentPlan() implements DossierScope {
	}

	record Year(int year) implements DossierScope {
	}

	record Item(String code) implements DossierScope {
	}
}

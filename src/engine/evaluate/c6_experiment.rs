//! C6: actively learning, innovating and experimenting, with others.

use super::*;

impl Context<'_> {
    /// C6: actively learning, innovating and experimenting, with others.
    pub(super) fn experiment(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.activities.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        // A partner without a kind yet is of no sector; of two with one
        // id, the last counts (as a map collected from them would have it).
        // A sorted vector, not a hash map: no hash table code of its own.
        let partners = &proposal.partners;
        let ids = Positions::new(partners.iter().map(|p| p.id.as_str()).collect());
        let sector_of = |id: &str| {
            ids.last_of(id)
                .map(|at| partners[at].kind.map(PartnerKind::sector))
        };
        if !proposal.activities.iter().any(|a| a.experiment) {
            out.add(Finding::NoExperiment, Path::of("activities"));
        }
        // "niet geïsoleerd maar samen met andere partijen": partners of two
        // sectors carry it, or it names an outside party it works with.
        let together = proposal
            .activities
            .iter()
            .filter(|a| a.experiment)
            .any(|a| {
                let mut sectors = a.partners.iter().filter_map(|id| sector_of(id).flatten());
                let first = sectors.next();
                let two_sectors = sectors.any(|sector| Some(sector) != first);
                two_sectors || a.with.iter().any(|party| !blank(party))
            });
        if !together {
            out.add(Finding::ExperimentAlone, Path::of("activities"));
        }
        for (i, activity) in proposal.activities.iter().enumerate() {
            for (j, partner) in activity.partners.iter().enumerate() {
                if ids.of(partner).is_none() {
                    out.add(
                        Finding::UnknownPartner {
                            activity: RowName::activity(i, activity),
                            partner: partner.clone(),
                        },
                        Path::of("activities").row(i).field("partners").row(j),
                    );
                }
            }
        }
        Some(out.0)
    }
}

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
        // A partner without a kind yet is of no sector.
        let sector_of: HashMap<&str, Option<Sector>> = proposal
            .partners
            .iter()
            .map(|p| (p.id.as_str(), p.kind.map(PartnerKind::sector)))
            .collect();
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
                let mut sectors = a
                    .partners
                    .iter()
                    .filter_map(|id| sector_of.get(id.as_str()).copied().flatten());
                let first = sectors.next();
                let two_sectors = sectors.any(|sector| Some(sector) != first);
                two_sectors || a.with.iter().any(|party| !blank(party))
            });
        if !together {
            out.add(Finding::ExperimentAlone, Path::of("activities"));
        }
        for (i, activity) in proposal.activities.iter().enumerate() {
            for (j, partner) in activity.partners.iter().enumerate() {
                if !sector_of.contains_key(partner.as_str()) {
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

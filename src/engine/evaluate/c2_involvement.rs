//! C2: business and education both concretely involved: partners of
//! every kind, in the governance, with cofinancing, and the reach.

use super::*;

impl Context<'_> {
    /// C2: business and education both concretely involved.
    pub(super) fn involvement(&self) -> Option<Vec<Located>> {
        let partners = &self.proposal.partners;
        if partners.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        let practice: Vec<&Partner> = self.partners_of(Sector::Practice).collect();
        let education: Vec<&Partner> = self.partners_of(Sector::Education).collect();
        if practice.is_empty() {
            out.add(Finding::NoPracticePartner, Path::of("partners"));
        }
        if education.is_empty() {
            out.add(Finding::NoEducationPartner, Path::of("partners"));
        }
        let companies = partners
            .iter()
            .filter(|p| p.kind == Some(PartnerKind::Company))
            .count();
        if companies < self.profile.min_companies {
            out.add(
                Finding::FewCompanies {
                    companies,
                    minimum: self.profile.min_companies,
                },
                Path::of("partners"),
            );
        }
        for (sector, group) in [
            (Sector::Practice, &practice),
            (Sector::Education, &education),
        ] {
            if !group.iter().any(|p| p.governance.strategic) {
                out.add(Finding::NotStrategic { sector }, Path::of("partners"));
            }
            if !group.iter().any(|p| p.governance.executive) {
                out.add(Finding::NotExecutive { sector }, Path::of("partners"));
            }
        }
        if !practice.iter().any(|p| p.governance.top_management) {
            out.add(Finding::NoCompanyManagement, Path::of("partners"));
        }
        if !education.iter().any(|p| p.governance.top_management) {
            out.add(Finding::NoBoard, Path::of("partners"));
        }
        for sector in [Sector::Practice, Sector::Education] {
            if self.totals.sector(sector).is_zero() {
                out.add(Finding::NoCofinancing { sector }, Path::of("partners"));
            }
        }
        let without: Vec<RowName> = (0..partners.len())
            .filter(|&i| self.totals.per_partner[i].is_zero())
            .map(|i| self.partner_label(i))
            .collect();
        if !without.is_empty() {
            out.add(
                Finding::PartnersWithoutContribution { partners: without },
                Path::of("partners"),
            );
        }
        // The largest count target of a group: a score or a percentage is
        // never a head count, and two counts may overlap, so never add them.
        let largest_count = |group: Group| {
            self.proposal
                .impact
                .iter()
                .filter(|i| i.group == group && i.measure == Measure::Count)
                .filter_map(|i| i.target)
                .max()
        };
        // "35 bedrijven en organisaties": the plan's own count of taking
        // part companies (many take part without being a partner), else
        // every partner outside education.
        let companies = largest_count(Group::Companies);
        let organisations = companies.unwrap_or_else(|| {
            let outside = partners
                .iter()
                .filter(|p| {
                    p.kind
                        .is_some_and(|kind| kind.sector() != Sector::Education)
                })
                .count();
            Decimal::from(outside as u64)
        });
        out.add(
            Finding::Benchmark {
                organisations,
                organisations_from_indicator: companies.is_some(),
                students: largest_count(Group::Students),
                teachers: largest_count(Group::Teachers),
                average_organisations: self.profile.benchmark_companies,
                average_students: self.profile.benchmark_students,
                average_teachers: self.profile.benchmark_teachers,
            },
            None,
        );
        Some(out.0)
    }
}

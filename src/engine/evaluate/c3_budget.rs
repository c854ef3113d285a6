//! C3: a realistic total budget, balanced between public and private.

use super::*;

impl Context<'_> {
    /// C3: a realistic total budget, balanced between public and private.
    pub(super) fn budget(&self) -> Result<Option<Vec<Located>>, Overflow> {
        let proposal = self.proposal;
        let any_contribution = proposal
            .partners
            .iter()
            .any(|p| !p.contributions.is_empty());
        if !any_contribution && proposal.budget.is_empty() {
            return Ok(None);
        }
        let mut out = Findings::default();

        // A cause before what it causes: what each contribution counts for
        // first, then the shares and the balance it moves.
        self.contributions(&mut out)?;
        self.years(&mut out);
        self.unassigned(&mut out);
        self.shares(&mut out);
        self.balance(&mut out);
        self.private(&mut out);
        self.balance_plan(&mut out);
        self.bureau(&mut out);
        self.duration(&mut out);
        Ok(Some(out.0))
    }

    /// The three thirds: each sector about a third of the cofinancing
    /// (within the band), and none missing.
    fn shares(&self, out: &mut Findings) {
        let (profile, totals) = (self.profile, self.totals);
        let total = totals.recognised;
        let lower = profile.share_lower();
        let upper = profile.share_upper();
        let minimum = profile.share_minimum();
        let band = (lower.value(), upper.value());
        for sector in Sector::THIRDS {
            let amount = totals.sector(sector);
            let sector_share = share(amount, total);
            let path = Path::of("partners");
            let fix = extra_to_reach(amount, total, lower);
            if below(amount, total, lower) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::Low,
                        share: sector_share,
                        limit: lower.value(),
                        bound: lower.value(),
                        extra: fix,
                        band,
                    },
                    path.clone(),
                );
            }
            if above(amount, total, upper) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::High,
                        share: sector_share,
                        limit: upper.value(),
                        bound: upper.value(),
                        extra: others_extra_to_fall(amount, total, upper),
                        band,
                    },
                    path.clone(),
                );
            }
            if below(amount, total, minimum) {
                out.add(
                    Finding::Share {
                        sector,
                        rule: ShareBound::Missing,
                        share: sector_share,
                        limit: minimum.value(),
                        bound: lower.value(),
                        extra: fix,
                        band,
                    },
                    path,
                );
            }
        }
    }

    /// Costs and cofinancing match, within the tolerance.
    fn balance(&self, out: &mut Findings) {
        let (profile, totals) = (self.profile, self.totals);
        let total = totals.recognised;
        let difference = totals.costs - totals.recognised;
        if difference > profile.financing_tolerance {
            out.add(
                Finding::FinancingShortfall {
                    costs: totals.costs,
                    cofinancing: total,
                    difference,
                },
                Path::of("budget"),
            );
        } else if -difference > profile.financing_tolerance {
            out.add(
                Finding::FinancingSurplus {
                    costs: totals.costs,
                    cofinancing: total,
                    difference: -difference,
                },
                Path::of("partners"),
            );
        }
    }

    /// Each contribution: meeting hours left out, in kind with a basis, hours
    /// × rate agreeing with the amount, a rate within the maximum, and in
    /// kind with an amount at its realistic value.
    fn contributions(&self, out: &mut Findings) -> Result<(), Overflow> {
        let (proposal, profile) = (self.proposal, self.profile);
        for (p, partner) in proposal.partners.iter().enumerate() {
            let label = self.partner_label(p);
            for (c, contribution) in partner.contributions.iter().enumerate() {
                let name = || RowName::new(RowKind::Contribution, c, &contribution.description);
                let place = totals::Place::Contribution {
                    partner: p,
                    index: c,
                };
                let path = || place.path();
                let value = totals::contribution_value(contribution, place)?;
                if contribution.is_meeting_hours() {
                    out.add(
                        Finding::MeetingHoursExcluded {
                            partner: label.clone(),
                            amount: value,
                        },
                        path(),
                    );
                } else if contribution.form == Form::InKind
                    && profile
                        .meeting_words
                        .iter()
                        .any(|w| mentions(&contribution.description, w))
                {
                    out.add(
                        Finding::LooksLikeMeetings {
                            partner: label.clone(),
                            description: contribution.description.clone(),
                        },
                        path(),
                    );
                }
                if contribution.is_staff_hours()
                    && (contribution.hours.is_none() || contribution.hourly_rate.is_none())
                {
                    out.add(
                        Finding::InKindNoBasis {
                            partner: label.clone(),
                            description: contribution.description.clone(),
                        },
                        path(),
                    );
                }
                if let (Some(hours), Some(rate), Some(amount)) = (
                    contribution.hours,
                    contribution.hourly_rate,
                    contribution.amount,
                ) {
                    let computed = totals::mul(hours, rate, place)?;
                    if (computed - amount).abs() > profile.in_kind_tolerance {
                        out.add(
                            Finding::InKindMismatch {
                                partner: label.clone(),
                                computed,
                                amount,
                            },
                            path().field("amount"),
                        );
                    }
                }
                if let (true, Some(_), Some(rate)) = (
                    contribution.is_staff_hours(),
                    contribution.hours,
                    contribution.hourly_rate,
                ) {
                    if rate > profile.max_hourly_rate {
                        out.add(
                            Finding::RateHigh {
                                partner: label.clone(),
                                rate,
                                maximum: profile.max_hourly_rate,
                            },
                            path().field("hourly_rate"),
                        );
                    }
                }
                self.realistic_value(out, label.clone(), name(), contribution, path);
            }
        }
        Ok(())
    }

    /// In kind "zou ook in cash uitbetaald moeten kunnen worden vanwege de
    /// realistische waarde": a thing needs an amount, and a valuation that
    /// is its use over the period, not its price.
    fn realistic_value(
        &self,
        out: &mut Findings,
        partner: RowName,
        contribution: RowName,
        given: &Contribution,
        path: impl Fn() -> Path,
    ) {
        use InKindCategory::*;
        if given.form != Form::InKind {
            return;
        }
        let category = given.effective_category();
        let a_thing = matches!(category, Some(Equipment | Facilities));
        match given.amount {
            None if a_thing || category == Some(Other) => out.add(
                Finding::InKindNoAmount {
                    partner: partner.clone(),
                    contribution: contribution.clone(),
                },
                path().field("amount"),
            ),
            Some(amount) if a_thing && amount > Decimal::ZERO && given.valuation.is_none() => out
                .add(
                    Finding::InKindNoValuation {
                        partner: partner.clone(),
                        contribution: contribution.clone(),
                        amount,
                    },
                    path().field("valuation"),
                ),
            _ => {}
        }
        if given.valuation == Some(Valuation::MarketValue) {
            out.add(
                Finding::InKindMarketValue {
                    partner,
                    contribution,
                    amount: given.amount.unwrap_or_default(),
                },
                path().field("valuation"),
            );
        }
    }

    /// Years within the plan's period, when it states one.
    fn years(&self, out: &mut Findings) {
        let proposal = self.proposal;
        let (Some(start), Some(duration)) =
            (proposal.centre.start_year, proposal.centre.duration_years)
        else {
            return;
        };
        let first = i64::from(start);
        let last = first + i64::from(duration) - 1;
        let outside =
            |year: Option<i32>| year.filter(|&y| i64::from(y) < first || i64::from(y) > last);
        for (p, partner) in proposal.partners.iter().enumerate() {
            for (c, contribution) in partner.contributions.iter().enumerate() {
                if let Some(year) = outside(contribution.year) {
                    out.add(
                        Finding::YearOutsidePeriod {
                            row: RowName::new(RowKind::Contribution, c, &contribution.description),
                            partner: Some(self.partner_label(p)),
                            year,
                            first,
                            last,
                        },
                        totals::Place::Contribution {
                            partner: p,
                            index: c,
                        }
                        .path()
                        .field("year"),
                    );
                }
            }
        }
        for (i, line) in proposal.budget.iter().enumerate() {
            if let Some(year) = outside(line.year) {
                out.add(
                    Finding::YearOutsidePeriod {
                        row: line_label(line, i),
                        partner: None,
                        year,
                        first,
                        last,
                    },
                    Path::of("budget").row(i).field("year"),
                );
            }
        }
    }

    /// "In balans tussen publieke en private partijen": a practice third
    /// paid by public organisations alone is public money.
    fn private(&self, out: &mut Findings) {
        let practice = self.totals.sector(Sector::Practice);
        if !practice.is_zero() && self.totals.private.is_zero() {
            out.add(
                Finding::NoPrivateCofinancing { practice },
                Path::of("partners"),
            );
        }
    }

    /// One plan for the whole of C3, whenever the shares or the balance
    /// need one and there is one.
    fn balance_plan(&self, out: &mut Findings) {
        let needed = out.0.iter().any(|f| {
            matches!(
                f.finding,
                Finding::Share { .. }
                    | Finding::FinancingShortfall { .. }
                    | Finding::FinancingSurplus { .. }
            )
        });
        if !needed {
            return;
        }
        let (profile, totals) = (self.profile, self.totals);
        let amounts = Sector::THIRDS.map(|sector| totals.sector(sector));
        if let Some(plan) = balance::balance_plan(
            totals.costs,
            totals.sector(Sector::Unassigned),
            amounts,
            profile,
        ) {
            out.add(
                Finding::BalancePlan {
                    changes: plan.changes,
                    total: plan.total,
                    band: (profile.share_lower().value(), profile.share_upper().value()),
                },
                Path::of("partners"),
            );
        }
    }

    /// Bureau costs told apart from activities, and kept within bounds.
    fn bureau(&self, out: &mut Findings) {
        let (proposal, profile, totals) = (self.proposal, self.profile, self.totals);
        if !proposal.budget.is_empty() && proposal.budget.iter().all(|line| line.kind.is_none()) {
            out.add(Finding::NoBureauDistinction, Path::of("budget"));
        }
        let unclassified: Vec<usize> = (0..proposal.budget.len())
            .filter(|&i| proposal.budget[i].kind.is_none())
            .collect();
        if !unclassified.is_empty() {
            let lines = unclassified
                .iter()
                .map(|&i| line_label(&proposal.budget[i], i))
                .collect();
            let path = if unclassified.len() == 1 {
                Path::of("budget").row(unclassified[0]).field("kind")
            } else {
                Path::of("budget")
            };
            out.add(
                Finding::UnclassifiedLines {
                    lines,
                    amount: totals.unclassified,
                },
                path,
            );
        }
        let bureau_share = share(totals.bureau, totals.costs);
        // What to move to activities, total unchanged, to bring the bureau
        // share down to the first bound (not the whole bureau total).
        let target = profile.max_bureau_share;
        let to_move = (totals.bureau - target * totals.costs)
            .max(Decimal::ZERO)
            .round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity);
        if above(
            totals.bureau,
            totals.costs,
            Fraction::new(profile.max_bureau_share, Decimal::ONE),
        ) {
            out.add(
                Finding::BureauShareHigh {
                    share: bureau_share,
                    maximum: profile.max_bureau_share,
                    bureau: totals.bureau,
                    to_move,
                    target,
                },
                Path::of("budget"),
            );
        }
        if above(
            totals.bureau,
            totals.costs,
            Fraction::new(profile.hard_max_bureau_share, Decimal::ONE),
        ) {
            out.add(
                Finding::BureauShareExcessive {
                    share: bureau_share,
                    maximum: profile.hard_max_bureau_share,
                    bureau: totals.bureau,
                    to_move,
                    target,
                },
                Path::of("budget"),
            );
        }
    }

    /// A duration long enough for a centre to grow.
    fn duration(&self, out: &mut Findings) {
        let (proposal, profile) = (self.proposal, self.profile);
        match proposal.centre.duration_years {
            None => out.add(
                Finding::NoDuration,
                Path::of("centre").field("duration_years"),
            ),
            Some(years) if years < profile.min_duration_years => out.add(
                Finding::ShortDuration {
                    years,
                    minimum: profile.min_duration_years,
                },
                Path::of("centre").field("duration_years"),
            ),
            Some(_) => {}
        }
    }

    /// Money from partners of kind `other`, or of no kind yet, counts for
    /// no sector.
    fn unassigned(&self, out: &mut Findings) {
        let (proposal, totals) = (self.proposal, self.totals);
        let unassigned: Vec<RowName> = (0..proposal.partners.len())
            .filter(|&i| {
                proposal.partners[i].sector() == Sector::Unassigned
                    && !totals.per_partner[i].is_zero()
            })
            .map(|i| self.partner_label(i))
            .collect();
        if !unassigned.is_empty() {
            out.add(
                Finding::PartnerUnassigned {
                    partners: unassigned,
                    amount: totals.sector(Sector::Unassigned),
                },
                Path::of("partners"),
            );
        }
    }
}

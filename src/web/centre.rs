//! The centre section: name, type, region, period, themes, fit, alliances.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::*;
use super::pager::Pager;
use super::state::{page_of, Field, List, Pages, RawTexts};
use super::texts::ui;
use crate::messages::Lang;
use crate::model::*;

#[derive(Properties, PartialEq)]
pub struct CentreSectionProps {
    pub centre: Centre,
    /// The typed texts under `centre`.
    pub raw: Rc<RawTexts>,
    pub pages: Rc<Pages>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn CentreSection(props: &CentreSectionProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let centre = &props.centre;
    let dispatch = &props.dispatch;
    let raw = |field: &Field| props.raw.get(&field.path()).cloned();
    let is_empty = centre == &Centre::default();
    let alliances = List::Alliances.path();
    let (page, rows) = page_of(&props.pages, &alliances, centre.alliances.len());
    html! {
        <section class="section" id="field-centre" aria-labelledby="heading-centre">
            <h2 id="heading-centre">{ texts.section_centre }</h2>
            <p class="intro">
                { texts.centre_intro }
                if is_empty { { " " }<span class="empty-note">{ texts.not_filled_in }</span> }
            </p>
            <TextField field={Field::CentreName} label={texts.centre_name}
                value={centre.name.clone()} dispatch={dispatch.clone()} />
            <div class="grid-2">
                <SelectField field={Field::CentreType} label={texts.centre_type}
                    options={options(CentreType::ALL, CentreType::id, |t| engine.centre_type(t))}
                    selected={centre.centre_type.map(|t| AttrValue::from(t.id()))}
                    empty={AttrValue::from(texts.choose)} dispatch={dispatch.clone()} />
                <SelectField field={Field::Province} label={texts.province}
                    options={options(Province::ALL, Province::id, |p| engine.province(p))}
                    selected={centre.province.map(|p| AttrValue::from(p.id()))}
                    empty={AttrValue::from(texts.choose)} dispatch={dispatch.clone()} />
                <NumberField field={Field::StartYear} label={texts.start_year}
                    value={centre.start_year.map(rust_decimal::Decimal::from)}
                    raw={raw(&Field::StartYear)} lang={props.lang} dispatch={dispatch.clone()} />
                <NumberField field={Field::DurationYears} label={texts.duration_years}
                    value={centre.duration_years.map(rust_decimal::Decimal::from)}
                    raw={raw(&Field::DurationYears)} lang={props.lang} dispatch={dispatch.clone()} />
            </div>
            <fieldset class="group" id="field-centre.themes" aria-describedby="help-themes">
                <legend>{ texts.themes }</legend>
                <p class="help" id="help-themes">{ texts.themes_help }</p>
                <div class="checks columns">
                    { for Theme::ALL.iter().map(|&theme| html! {
                        <CheckField field={Field::Theme(theme)} label={engine.theme(theme)}
                            value={AttrValue::from(theme.id())}
                            checked={centre.themes.contains(&theme)} dispatch={dispatch.clone()} />
                    }) }
                </div>
            </fieldset>
            <TextField field={Field::RegionalFit} label={texts.regional_fit}
                help={AttrValue::from(texts.regional_fit_help)} multiline=true
                value={centre.regional_fit.clone()} dispatch={dispatch.clone()} />
            <fieldset class="group" id="field-centre.alliances" aria-describedby="help-alliances">
                <legend>{ texts.alliances }</legend>
                <p class="help" id="help-alliances">{ texts.alliances_help }</p>
                if centre.alliances.is_empty() {
                    <p class="empty-note">{ texts.not_filled_in }</p>
                }
                <Pager list={alliances} len={centre.alliances.len()} {page} label={texts.alliances}
                    lang={props.lang} dispatch={dispatch.clone()} />
                <ol class="plain-list" start={(rows.start + 1).to_string()}>
                    { for rows.map(|i| {
                        let alliance = &centre.alliances[i];
                        let label = (texts.alliance)(i + 1);
                        html! {
                            <li class="inline-row" data-row={List::Alliances.row_path(i)}>
                                <TextField field={Field::Alliance(i)} label={label.clone()}
                                    value={alliance.clone()} dispatch={dispatch.clone()} />
                                <RowTools list={List::Alliances} index={i} len={centre.alliances.len()}
                                    row_label={label} lang={props.lang} dispatch={dispatch.clone()} />
                            </li>
                        }
                    }) }
                </ol>
                <AddButton list={List::Alliances} label={texts.add_alliance} dispatch={dispatch.clone()} />
            </fieldset>
        </section>
    }
}

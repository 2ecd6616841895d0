//! A workshop (brainbootcamp): groups rebuild one client's journey from the same template
//! and assignment, then compare in plenary. The workshop lives in its template journey; every
//! group works on a copy that carries the same workshop and its own group name, so a group's
//! file is an ordinary journey file and merging is importing.

use crate::export::table::{Cell, Table, fixed_headers};
use crate::id::Id;
use crate::journey::Journey;
use klantreis_words::{Lang, Msg};

pub mod info;
pub use info::WorkshopInfo;

/// Turns a journey into a workshop's template.
pub fn start(mut template: Journey, workshop: Id, name: &str, now_ms: i64) -> Journey {
    template.workshop = Some(WorkshopInfo {
        id: workshop,
        name: name.to_owned(),
        date: None,
        groups: Vec::new(),
        assignment: String::new(),
        group: None,
    });
    template.created_ms = now_ms;
    template.updated_ms = now_ms;
    template
}

/// The id of a group's copy, made of the group's name: the same every time the package is
/// made (also after other groups are added or taken out), so a group's returned file replaces
/// its copy instead of adding one.
pub fn group_journey_id(workshop: &Id, group: &str) -> Id {
    let mut slug = String::new();
    for c in group.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    Id::new(format!("{workshop}-groep-{}", slug.trim_matches('-')))
}

/// The starting journey of one group: the template with the group's name, under the group's
/// stable id. None when the template is not a workshop's or has no such group.
pub fn package(template: &Journey, index: usize, now_ms: i64) -> Option<Journey> {
    let info = template.workshop.as_ref().filter(|w| w.is_template())?;
    let group = info.groups.get(index)?.clone();
    let mut j = template.duplicate(
        group_journey_id(&info.id, &group),
        format!("{}: {group}", info.name),
        now_ms,
    );
    j.workshop = Some(WorkshopInfo {
        group: Some(group),
        ..info.clone()
    });
    Some(j)
}

/// Whether `j` is one group's copy in the workshop `id`.
pub fn is_group_of(j: &Journey, id: &Id) -> bool {
    j.workshop
        .as_ref()
        .is_some_and(|w| &w.id == id && w.group.is_some())
}

/// One pain point or opportunity as the groups wrote it, with how many groups named it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub text: String,
    pub count: usize,
    pub groups: Vec<String>,
}

fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn mentions(journeys: &[&Journey], of: impl Fn(&crate::Touchpoint) -> &[String]) -> Vec<Mention> {
    let mut out: Vec<(String, Mention)> = Vec::new();
    for j in journeys {
        let group = j
            .workshop
            .as_ref()
            .and_then(|w| w.group.clone())
            .unwrap_or_default();
        for text in j.touchpoints.iter().flat_map(|t| of(t).iter()) {
            let k = key(text);
            if k.is_empty() {
                continue;
            }
            match out.iter_mut().find(|(key, _)| *key == k) {
                Some((_, m)) => {
                    m.count += 1;
                    if !m.groups.contains(&group) {
                        m.groups.push(group.clone());
                    }
                }
                None => out.push((
                    k,
                    Mention {
                        text: text.trim().to_owned(),
                        count: 1,
                        groups: vec![group.clone()],
                    },
                )),
            }
        }
    }
    let mut list: Vec<Mention> = out.into_iter().map(|(_, m)| m).collect();
    // Most groups first, then most mentions, then alphabetically for a stable order.
    list.sort_by(|a, b| {
        b.groups
            .len()
            .cmp(&a.groups.len())
            .then(b.count.cmp(&a.count))
            .then(a.text.cmp(&b.text))
    });
    list
}

/// The pain points and the opportunities of all groups together, most frequent first. Texts
/// that differ only in case or spacing count as one.
pub fn summary(groups: &[&Journey]) -> (Vec<Mention>, Vec<Mention>) {
    (
        mentions(groups, |t| &t.pain_points),
        mentions(groups, |t| &t.opportunities),
    )
}

/// Mentions as a table (text, count, groups), for the page and for the report.
pub fn mentions_table(list: &[Mention], lang: Lang) -> Table {
    Table {
        name: "mentions",
        headers: fixed_headers(&[Msg::ColText, Msg::ColCount, Msg::ColGroups], lang),
        rows: list
            .iter()
            .map(|m| {
                vec![
                    Cell::Text(m.text.clone()),
                    Cell::Number(m.count as f64),
                    Cell::Text(m.groups.join(", ")),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn workshop() -> Journey {
        let mut t = start(examples::intake(), Id::new("ws1"), "Brainbootcamp", 5);
        let info = t.workshop.as_mut().unwrap();
        info.groups = vec!["Rood".into(), "Groen".into(), "Blauw".into()];
        info.assignment = "Lees het interview met X.".into();
        t
    }

    #[test]
    fn a_package_is_the_template_for_one_group_under_a_stable_id() {
        let t = workshop();
        let a = package(&t, 1, 10).unwrap();
        let b = package(&t, 1, 99).unwrap();
        assert_eq!(a.id, b.id, "packaging twice gives the same journey id");
        assert_eq!(a.id.as_str(), "ws1-groep-groen");
        // Taking out another group does not change this group's journey id.
        let mut fewer = t.clone();
        fewer.workshop.as_mut().unwrap().groups.remove(0);
        assert_eq!(package(&fewer, 0, 0).unwrap().id, a.id);
        assert_eq!(
            group_journey_id(&Id::new("w"), " Groep 1 (ochtend)").as_str(),
            "w-groep-groep-1-ochtend"
        );
        assert_eq!(a.title, "Brainbootcamp: Groen");
        let info = a.workshop.as_ref().unwrap();
        assert_eq!(info.group.as_deref(), Some("Groen"));
        assert_eq!(info.assignment, "Lees het interview met X.");
        assert_eq!(a.touchpoints, t.touchpoints);
        assert!(is_group_of(&a, &Id::new("ws1")));
        assert!(!is_group_of(&t, &Id::new("ws1")));
        assert!(package(&t, 3, 0).is_none());
        assert!(
            package(&a, 0, 0).is_none(),
            "a group's copy is not a template"
        );
        a.validate().unwrap();
    }

    #[test]
    fn a_workshop_journey_survives_the_file_round_trip() {
        let t = workshop();
        let g = package(&t, 0, 1).unwrap();
        let back = crate::file::read(&crate::file::write(&[t.clone(), g.clone()], 0)).unwrap();
        assert_eq!(back, vec![t, g]);
    }

    #[test]
    fn the_summary_counts_across_groups_most_frequent_first() {
        let t = workshop();
        let mut groups: Vec<Journey> = (0..3).map(|i| package(&t, i, 0).unwrap()).collect();
        for (i, g) in groups.iter_mut().enumerate() {
            for t in &mut g.touchpoints {
                t.pain_points.clear();
                t.opportunities.clear();
            }
            g.touchpoints[0].pain_points = vec!["Te lang wachten".into()];
            if i > 0 {
                g.touchpoints[0]
                    .pain_points
                    .push(" te  lang WACHTEN ".into());
                g.touchpoints[0].opportunities = vec!["Eén vast contactpersoon".into()];
            }
        }
        groups[2].touchpoints[0]
            .pain_points
            .push("Brief onduidelijk".into());
        let refs: Vec<&Journey> = groups.iter().collect();
        let (pains, chances) = summary(&refs);
        assert_eq!(pains[0].text, "Te lang wachten");
        assert_eq!(pains[0].count, 5);
        assert_eq!(pains[0].groups, ["Rood", "Groen", "Blauw"]);
        assert!(
            pains
                .iter()
                .any(|m| m.text == "Brief onduidelijk" && m.count == 1)
        );
        assert_eq!(chances[0].groups.len(), 2);
        let table = mentions_table(&pains, Lang::En);
        assert_eq!(table.headers, ["text", "count", "groups"]);
        assert_eq!(table.rows[0][1], Cell::Number(5.0));
        assert_eq!(table.rows[0][2], Cell::Text("Rood, Groen, Blauw".into()));
    }
}

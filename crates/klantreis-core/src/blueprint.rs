//! The service blueprint layers of a touchpoint: what the client sees the agency do
//! (frontstage), what the agency does out of sight (backstage), and what supports it
//! (systems, rules, other agencies). The Blauwdruk view draws them as lanes under each agency,
//! with the line of interaction above the frontstage and the line of visibility below it.

use klantreis_words::Msg;
use serde::{Deserialize, Serialize};

/// A touchpoint's blueprint layers; each may be empty (schema 7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blueprint {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub frontstage: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backstage: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub support: String,
}

/// One layer of the blueprint, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    Frontstage,
    Backstage,
    Support,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Self::Frontstage, Self::Backstage, Self::Support];

    /// The layer's name, in the user's language.
    pub fn msg(self) -> Msg {
        match self {
            Self::Frontstage => Msg::LayerFrontstage,
            Self::Backstage => Msg::LayerBackstage,
            Self::Support => Msg::LayerSupport,
        }
    }

    /// The field's name in the file format, for validation paths.
    pub fn key(self) -> &'static str {
        match self {
            Self::Frontstage => "frontstage",
            Self::Backstage => "backstage",
            Self::Support => "support",
        }
    }
}

impl Blueprint {
    pub fn is_empty(&self) -> bool {
        Layer::ALL.iter().all(|l| self.get(*l).is_empty())
    }

    pub fn get(&self, layer: Layer) -> &str {
        match layer {
            Layer::Frontstage => &self.frontstage,
            Layer::Backstage => &self.backstage,
            Layer::Support => &self.support,
        }
    }

    pub fn get_mut(&mut self, layer: Layer) -> &mut String {
        match layer {
            Layer::Frontstage => &mut self.frontstage,
            Layer::Backstage => &mut self.backstage,
            Layer::Support => &mut self.support,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_are_read_and_written_by_name() {
        let mut b = Blueprint::default();
        assert!(b.is_empty());
        *b.get_mut(Layer::Backstage) = "dossier in Suite".into();
        assert!(!b.is_empty());
        assert_eq!(b.get(Layer::Backstage), "dossier in Suite");
        assert_eq!(b.get(Layer::Frontstage), "");
        assert_eq!(
            serde_json::to_string(&b).unwrap(),
            r#"{"backstage":"dossier in Suite"}"#
        );
    }
}

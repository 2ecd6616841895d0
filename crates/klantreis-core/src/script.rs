//! The interview script of the vertelpunt: what the client reads before telling the story
//! and answering the story signifiers.

use crate::signifier::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewScript {
    /// The welcome, before anything is asked (from the intake-as-welcome practice).
    pub opening: Text,
    /// The invitation to tell the story.
    pub prompt: Text,
    /// The thanks at the end.
    pub closing: Text,
}

impl Default for InterviewScript {
    fn default() -> Self {
        Self {
            opening: Text::new(
                "Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?",
                "Welcome, good to have you here. How is it for you to be here?",
            ),
            prompt: Text::new(
                "Vertel eens over een moment waarop u hulp zocht of kreeg. Wat gebeurde er?",
                "Tell us about a moment when you looked for or received help. What happened?",
            ),
            closing: Text::new(
                "Dank u wel voor uw verhaal. U kunt het apparaat teruggeven.",
                "Thank you for your story. You can hand the device back.",
            ),
        }
    }
}

// learner: slow
// why: Hub::publish is O(connections) time, target O(s): no topic index, every publish filters all sessions for the topic
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<String>,
    pending: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
}

trait TapSorted {
    fn tap_sorted(self) -> Self;
}

impl TapSorted for Vec<ConnId> {
    fn tap_sorted(mut self) -> Self {
        self.sort_unstable();
        self
    }
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.insert(id, Session::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.sessions
            .get_mut(&conn)
            .map_or(false, |s| s.follows.insert(topic.to_owned()))
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.sessions
            .get_mut(&conn)
            .map_or(false, |s| s.follows.remove(topic))
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.sessions.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        self.sessions
            .values_mut()
            .filter(|s| s.follows.contains(topic))
            .fold(0, |n, s| {
                s.pending.push(msg.to_owned());
                n + 1
            })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|s| std::mem::take(&mut s.pending))
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.sessions
            .iter()
            .filter(|(_, s)| s.follows.contains(topic))
            .map(|(&id, _)| id)
            .collect::<Vec<_>>()
            .tap_sorted()
    }

    pub fn topic_count(&self) -> usize {
        self.sessions
            .values()
            .flat_map(|s| s.follows.iter())
            .collect::<HashSet<_>>()
            .len()
    }
}

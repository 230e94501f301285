// learner: slow
// why: Hub::publish is O(connections) time, target O(s): asks every session whether it follows the topic
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{BTreeMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<String>,
    pending: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: BTreeMap<ConnId, Session>,
    live_topics: std::collections::HashMap<String, usize>,
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

    fn dec(&mut self, topic: &str) {
        match self.live_topics.get_mut(topic) {
            Some(1) => {
                self.live_topics.remove(topic);
            }
            Some(n) => *n -= 1,
            None => {}
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.sessions.get_mut(&conn).map(|s| s.follows.insert(topic.to_string())) {
            Some(true) => {
                *self.live_topics.entry(topic.to_string()).or_insert(0) += 1;
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.sessions.get_mut(&conn).map(|s| s.follows.remove(topic)) {
            Some(true) => {
                self.dec(topic);
                true
            }
            _ => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            Some(Session { follows, .. }) => {
                follows.iter().for_each(|t| self.dec(t));
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        self.sessions
            .values_mut()
            .filter(|s| s.follows.contains(topic))
            .fold(0, |n, s| {
                s.pending.push(msg.to_string());
                n + 1
            })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions.get_mut(&conn).map(|s| std::mem::take(&mut s.pending)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.sessions
            .iter()
            .filter_map(|(&id, s)| s.follows.contains(topic).then_some(id))
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        self.live_topics.len()
    }
}

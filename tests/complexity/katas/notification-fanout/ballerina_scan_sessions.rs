// learner: slow
// why: Hub::publish is O(connections) time, target O(s): asks every connection whether it follows the topic instead of keeping a topic -> subscribers index
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{BTreeMap, HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    topics: HashSet<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: BTreeMap<ConnId, Session>,
    topic_members: HashMap<String, usize>,
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
        let added = match self.sessions.get_mut(&conn) {
            Some(session) => session.topics.insert(topic.to_string()),
            None => false,
        };
        if added {
            *self.topic_members.entry(topic.to_string()).or_insert(0) += 1;
        }
        added
    }

    fn forget(&mut self, topic: &str) {
        if let Some(count) = self.topic_members.get_mut(topic) {
            *count -= 1;
            if *count == 0 {
                self.topic_members.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.sessions.get_mut(&conn) {
            Some(session) => session.topics.remove(topic),
            None => false,
        };
        if removed {
            self.forget(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            Some(session) => {
                for topic in &session.topics {
                    self.forget(topic);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for session in self.sessions.values_mut() {
            if session.topics.contains(topic) {
                session.outbox.push(msg.to_string());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.sessions.get_mut(&conn) {
            Some(session) => std::mem::take(&mut session.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.sessions
            .iter()
            .filter(|(_, session)| session.topics.contains(topic))
            .map(|(id, _)| *id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        self.topic_members.len()
    }
}

// learner: slow
// why: Hub::subscribe is O(connections) time, target O(1): the set of live connections is a Vec<ConnId>, so the "is it connected?" check scans it
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    live: Vec<ConnId>,
    topics_of: HashMap<ConnId, HashSet<String>>,
    outboxes: HashMap<ConnId, Vec<String>>,
    members: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.live.push(id);
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.live.contains(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.live.contains(&conn) {
            return false;
        }
        if !self.topics_of.entry(conn).or_default().insert(topic.to_string()) {
            return false;
        }
        self.members.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.topics_of.get_mut(&conn).map_or(false, |t| t.remove(topic));
        if removed {
            if let Some(m) = self.members.get_mut(topic) {
                m.remove(&conn);
                if m.is_empty() {
                    self.members.remove(topic);
                }
            }
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Ok(slot) = self.live.binary_search(&conn) else { return false };
        self.live.remove(slot);
        self.outboxes.remove(&conn);
        if let Some(ts) = self.topics_of.remove(&conn) {
            for t in ts {
                if let Some(m) = self.members.get_mut(&t) {
                    m.remove(&conn);
                    if m.is_empty() {
                        self.members.remove(&t);
                    }
                }
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(m) = self.members.get(topic) else { return 0 };
        for id in m {
            self.outboxes.entry(*id).or_default().push(msg.to_string());
        }
        m.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes.remove(&conn).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.members.get(topic).map(|m| m.iter().copied().collect()).unwrap_or_default();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.members.len()
    }
}

// learner: slow
// idiom: Chapel HPC programmer: only the forward index topic -> member set, with outboxes in a dense array by id; disconnect sweeps the whole topic domain to find the connection
// why: Hub::disconnect is O(total topics) vs target O(t) (no conn -> topics reverse index, so every topic set is probed); publish and subscribe stay O(s) / O(1)
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    alive: Vec<bool>,
    outboxArr: Vec<Vec<String>>,
    topicD: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.alive.push(true);
        self.outboxArr.push(Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.alive.len() && self.alive[conn as usize]
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        if let Some(m) = self.topicD.get_mut(topic) {
            return m.insert(conn);
        }
        let mut m = HashSet::new();
        m.insert(conn);
        self.topicD.insert(topic.to_string(), m);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(m) = self.topicD.get_mut(topic) else { return false };
        if !m.remove(&conn) {
            return false;
        }
        if m.is_empty() {
            self.topicD.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        self.alive[conn as usize] = false;
        self.outboxArr[conn as usize].clear();
        // sweep the whole topic domain
        for m in self.topicD.values_mut() {
            m.remove(&conn);
        }
        self.topicD.retain(|_, m| !m.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(m) = self.topicD.get(topic) else { return 0 };
        for &c in m {
            self.outboxArr[c as usize].push(msg.to_string());
        }
        m.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        std::mem::take(&mut self.outboxArr[conn as usize])
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.topicD.get(topic).into_iter().flatten().copied().collect();
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topicD.len()
    }
}

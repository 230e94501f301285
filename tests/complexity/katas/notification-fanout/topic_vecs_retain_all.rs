// learner: slow
// idiom: Dart/Flutter-turned-Rust: Map<String, List<int>> of listeners only (no reverse index), duplicates checked with list.contains, disconnect does listeners.forEach((_, l) => l.remove(id)) then removeWhere on empty topics
// why: subscribe is O(s) (Vec::contains over the topic's listeners) vs target O(1); disconnect walks every topic and every listener list, O(T + total subscriptions), vs target O(t)
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::HashMap;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<String>>,
    listeners: HashMap<String, Vec<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let list = self.listeners.entry(topic.to_string()).or_default();
        if list.contains(&conn) {
            return false;
        }
        list.push(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(list) = self.listeners.get_mut(topic) else {
            return false;
        };
        let before = list.len();
        list.retain(|&id| id != conn);
        let removed = list.len() != before;
        if list.is_empty() {
            self.listeners.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        self.listeners.values_mut().for_each(|list| list.retain(|&id| id != conn));
        self.listeners.retain(|_, list| !list.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(list) = self.listeners.get(topic) else {
            return 0;
        };
        for id in list {
            if let Some(outbox) = self.outboxes.get_mut(id) {
                outbox.push(msg.to_string());
            }
        }
        list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = self.listeners.get(topic).cloned().unwrap_or_default();
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.listeners.len()
    }
}

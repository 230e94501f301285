// learner: slow
// why: Hub::disconnect is O(all topics) time, target O(t): without a conn -> topics index it deletes the connection from every topic's member list
use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    live: HashMap<ConnId, Vec<String>>, // connection -> outbox
    members: HashMap<String, Vec<ConnId>>, // topic -> members, in subscription order
    facts: HashSet<(String, ConnId)>,      // subscribed(Topic, Conn)
}

/// delete(X, List): remove the first X, walking the list head by head.
fn delete(list: &mut Vec<ConnId>, x: ConnId) -> bool {
    let mut rest: &[ConnId] = list;
    let mut at = 0;
    while let [head, tail @ ..] = rest {
        if *head == x {
            list.swap_remove(at);
            return true;
        }
        at += 1;
        rest = tail;
    }
    false
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.live.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.live.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.live.contains_key(&conn) {
            return false;
        }
        if !self.facts.insert((topic.to_string(), conn)) {
            return false;
        }
        self.members.entry(topic.to_string()).or_default().push(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.facts.remove(&(topic.to_string(), conn)) {
            return false;
        }
        let (removed, empty) = match self.members.get_mut(topic) {
            Some(list) => (delete(list, conn), list.is_empty()),
            None => (false, false),
        };
        if empty {
            self.members.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.live.remove(&conn).is_none() {
            return false;
        }
        let mut emptied: Vec<String> = Vec::new();
        for (topic, list) in self.members.iter_mut() {
            if delete(list, conn) {
                self.facts.remove(&(topic.clone(), conn));
                if list.is_empty() {
                    emptied.push(topic.clone());
                }
            }
        }
        for topic in emptied {
            self.members.remove(&topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.members.get(topic) {
            None => 0,
            Some(list) => {
                for id in list {
                    if let Some(outbox) = self.live.get_mut(id) {
                        outbox.push(msg.to_string());
                    }
                }
                list.len()
            }
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.live.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = self.members.get(topic).cloned().unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.members.len()
    }
}

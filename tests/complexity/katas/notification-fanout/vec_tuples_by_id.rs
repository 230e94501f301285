// learner: optimal
// idiom: beginner style, Vec<(bool, HashSet, Vec<String>)> indexed by conn id, contains_key/insert, cloned topic set, free helper, explicit returns
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // indexed by connection id: (alive, its topics, its outbox)
    connections: Vec<(bool, HashSet<String>, Vec<String>)>,
    topics: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Hub { next_id: 0, connections: Vec::new(), topics: HashMap::new() }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.connections.push((true, HashSet::new(), Vec::new()));
        self.next_id = self.next_id + 1;
        return id;
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        let i = conn as usize;
        if i >= self.connections.len() {
            return false;
        }
        return self.connections[i].0;
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let i = conn as usize;
        if self.connections[i].1.contains(topic) {
            return false;
        }
        self.connections[i].1.insert(topic.to_string());
        if !self.topics.contains_key(topic) {
            self.topics.insert(topic.to_string(), HashSet::new());
        }
        self.topics.get_mut(topic).unwrap().insert(conn);
        return true;
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let i = conn as usize;
        if !self.connections[i].1.remove(topic) {
            return false;
        }
        remove_from_topic(&mut self.topics, topic, conn);
        return true;
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let i = conn as usize;
        let my_topics = std::mem::take(&mut self.connections[i].1);
        for t in my_topics.iter() {
            remove_from_topic(&mut self.topics, t, conn);
        }
        self.connections[i] = (false, HashSet::new(), Vec::new());
        return true;
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        if !self.topics.contains_key(topic) {
            return 0;
        }
        let mut count: usize = 0;
        for id in self.topics[topic].iter() {
            let i = *id as usize;
            self.connections[i].2.push(msg.to_string());
            count += 1;
        }
        return count;
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        let i = conn as usize;
        let out = self.connections[i].2.clone();
        self.connections[i].2.clear();
        return out;
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result = Vec::new();
        if let Some(set) = self.topics.get(topic) {
            for id in set.iter() {
                result.push(*id);
            }
        }
        result.sort();
        return result;
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}

fn remove_from_topic(topics: &mut HashMap<String, HashSet<ConnId>>, topic: &str, conn: ConnId) {
    let mut now_empty = false;
    if let Some(set) = topics.get_mut(topic) {
        set.remove(&conn);
        now_empty = set.is_empty();
    }
    if now_empty {
        topics.remove(topic);
    }
}

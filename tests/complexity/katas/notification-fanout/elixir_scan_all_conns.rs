// learner: slow
// why: Hub::publish is O(connections) time, target O(s): no topic->subscribers index, publish filters every connection
use std::collections::{BTreeMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: BTreeMap<ConnId, (HashSet<String>, Vec<String>)>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, (HashSet::new(), Vec::new()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.conns.get_mut(&conn) {
            Some((topics, _)) => topics.insert(topic.to_string()),
            None => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.conns.get_mut(&conn) {
            Some((topics, _)) => topics.remove(topic),
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.conns.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        self.conns
            .values_mut()
            .filter(|(topics, _)| topics.contains(topic))
            .map(|(_, outbox)| outbox.push(msg.to_string()))
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some((_, outbox)) => std::mem::take(outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.conns
            .iter()
            .filter(|(_, (topics, _))| topics.contains(topic))
            .map(|(&id, _)| id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        self.conns
            .values()
            .flat_map(|(topics, _)| topics.iter())
            .collect::<HashSet<_>>()
            .len()
    }
}

// learner: optimal
// idiom: HashMap of (topics, outbox) tuples, pattern matching on Option/tuples, iterator pipelines
use std::collections::{HashMap, HashSet, VecDeque};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, (HashSet<String>, VecDeque<String>)>,
    topics: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, (HashSet::new(), VecDeque::new()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.conns.get_mut(&conn).map(|(subs, _)| subs.insert(topic.to_string())) {
            Some(true) => self.topics.entry(topic.to_string()).or_default().insert(conn),
            _ => false,
        }
    }

    fn drop_member(&mut self, topic: &str, conn: ConnId) {
        let emptied = match self.topics.get_mut(topic) {
            Some(members) => {
                members.remove(&conn);
                members.is_empty()
            }
            None => false,
        };
        if emptied {
            self.topics.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.conns.get_mut(&conn).map(|(subs, _)| subs.remove(topic)) {
            Some(true) => {
                self.drop_member(topic, conn);
                true
            }
            _ => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            Some((subs, _outbox)) => {
                subs.iter().for_each(|t| self.drop_member(t, conn));
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let conns = &mut self.conns;
        match self.topics.get(topic) {
            Some(members) => members.iter().fold(0, |delivered, id| match conns.get_mut(id) {
                Some((_, outbox)) => {
                    outbox.push_back(msg.to_string());
                    delivered + 1
                }
                None => delivered,
            }),
            None => 0,
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some((_, outbox)) => outbox.drain(..).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .topics
            .get(topic)
            .into_iter()
            .flat_map(|m| m.iter().copied())
            .collect();
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}

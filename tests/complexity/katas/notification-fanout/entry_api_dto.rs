// learner: optimal
// idiom: Spring-style: Rc<str> topic keys shared by both indexes, entry API, VecDeque<String> outboxes, Option/bool mapping one-liners
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Subscriber {
    subscriptions: HashSet<Rc<str>>,
    pending: VecDeque<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    subscribers_by_id: HashMap<ConnId, Subscriber>,
    audience_by_topic: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let assigned = self.next_id;
        self.next_id = assigned + 1;
        self.subscribers_by_id.insert(assigned, Subscriber::default());
        assigned
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.subscribers_by_id.get(&conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let already = match self.subscribers_by_id.get(&conn) {
            Some(s) => s.subscriptions.contains(topic),
            None => return false,
        };
        if already {
            return false;
        }
        let key = self.shared_key(topic);
        if let Some(subscriber) = self.subscribers_by_id.get_mut(&conn) {
            subscriber.subscriptions.insert(Rc::clone(&key));
        }
        self.audience_by_topic.entry(key).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .subscribers_by_id
            .get_mut(&conn)
            .and_then(|s| s.subscriptions.take(topic));
        match removed {
            Some(key) => {
                self.remove_from_audience(&key, conn);
                true
            }
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(subscriber) = self.subscribers_by_id.remove(&conn) else {
            return false;
        };
        for key in &subscriber.subscriptions {
            self.remove_from_audience(key, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let audience = match self.audience_by_topic.get(topic) {
            Some(a) => a,
            None => return 0,
        };
        let mut delivered = 0;
        for conn in audience {
            if let Some(s) = self.subscribers_by_id.get_mut(conn) {
                s.pending.push_back(msg.to_owned());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.subscribers_by_id
            .get_mut(&conn)
            .map(|s| s.pending.drain(..).collect())
            .unwrap_or_else(Vec::new)
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result: Vec<ConnId> = self
            .audience_by_topic
            .get(topic)
            .into_iter()
            .flatten()
            .copied()
            .collect();
        result.sort();
        result
    }

    pub fn topic_count(&self) -> usize {
        self.audience_by_topic.len()
    }

    fn shared_key(&self, topic: &str) -> Rc<str> {
        self.audience_by_topic
            .get_key_value(topic)
            .map(|(k, _)| Rc::clone(k))
            .unwrap_or_else(|| Rc::from(topic))
    }

    fn remove_from_audience(&mut self, topic: &str, conn: ConnId) {
        if let Entry::Occupied(mut occupied) = self.audience_by_topic.entry(Rc::from(topic)) {
            occupied.get_mut().remove(&conn);
            if occupied.get().is_empty() {
                occupied.remove();
            }
        }
    }
}

// learner: optimal
// idiom: security-minded: connections in a Vec<Option<Slot>> indexed by id with checked u64->usize conversion, explicit HubError enum internally, early returns, VecDeque outbox
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug)]
enum HubError {
    UnknownConnection,
    AlreadySubscribed,
    NotSubscribed,
}

#[derive(Debug, Default)]
struct Slot {
    topics: HashSet<Rc<str>>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    topics: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn index(conn: ConnId) -> Option<usize> {
        usize::try_from(conn).ok()
    }

    fn slot_mut(&mut self, conn: ConnId) -> Result<&mut Slot, HubError> {
        let i = Self::index(conn).ok_or(HubError::UnknownConnection)?;
        match self.slots.get_mut(i) {
            Some(Some(slot)) => Ok(slot),
            _ => Err(HubError::UnknownConnection),
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id = self.next_id.checked_add(1).expect("connection ids exhausted");
        self.slots.push(Some(Slot::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        let Some(i) = Self::index(conn) else {
            return false;
        };
        matches!(self.slots.get(i), Some(Some(_)))
    }

    fn try_subscribe(&mut self, conn: ConnId, topic: &str) -> Result<(), HubError> {
        let slot = self.slot_mut(conn)?;
        if slot.topics.contains(topic) {
            return Err(HubError::AlreadySubscribed);
        }
        let key: Rc<str> = match self.topics.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        let slot = self.slot_mut(conn)?;
        slot.topics.insert(Rc::clone(&key));
        self.topics.entry(key).or_default().insert(conn);
        Ok(())
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.try_subscribe(conn, topic).is_ok()
    }

    fn forget(&mut self, topic: &str, conn: ConnId) {
        let Some(set) = self.topics.get_mut(topic) else {
            return;
        };
        set.remove(&conn);
        if set.is_empty() {
            self.topics.remove(topic);
        }
    }

    fn try_unsubscribe(&mut self, conn: ConnId, topic: &str) -> Result<(), HubError> {
        let slot = self.slot_mut(conn)?;
        if !slot.topics.remove(topic) {
            return Err(HubError::NotSubscribed);
        }
        self.forget(topic, conn);
        Ok(())
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.try_unsubscribe(conn, topic).is_ok()
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(i) = Self::index(conn) else {
            return false;
        };
        let Some(entry) = self.slots.get_mut(i) else {
            return false;
        };
        let Some(slot) = entry.take() else {
            return false;
        };
        for topic in &slot.topics {
            self.forget(topic, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered = 0usize;
        for &conn in subs {
            let Some(i) = usize::try_from(conn).ok() else {
                continue;
            };
            if let Some(Some(slot)) = self.slots.get_mut(i) {
                slot.outbox.push_back(Rc::clone(&shared));
                delivered = delivered.saturating_add(1);
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Ok(slot) => slot.outbox.drain(..).map(|m| String::from(&*m)).collect(),
            Err(_) => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let Some(set) = self.topics.get(topic) else {
            return Vec::new();
        };
        let mut ids: Vec<ConnId> = set.iter().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}

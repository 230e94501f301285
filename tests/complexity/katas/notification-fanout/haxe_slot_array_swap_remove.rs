// learner: optimal
// idiom: Haxe game-dev style: connections in a slot array indexed by id, topics as dense member arrays with a position map for O(1) swap-remove, VecDeque outbox
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashMap<String, ()>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
struct Room {
    members: Vec<ConnId>,
    slot_of: HashMap<ConnId, usize>,
}

impl Room {
    #[inline]
    fn add(&mut self, id: ConnId) -> bool {
        if self.slot_of.contains_key(&id) {
            return false;
        }
        self.slot_of.insert(id, self.members.len());
        self.members.push(id);
        true
    }

    #[inline]
    fn kick(&mut self, id: ConnId) -> bool {
        let Some(slot) = self.slot_of.remove(&id) else { return false };
        self.members.swap_remove(slot);
        if slot < self.members.len() {
            let moved = self.members[slot];
            self.slot_of.insert(moved, slot);
        }
        true
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Conn>>,
    rooms: HashMap<String, Room>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Conn::default()));
        id
    }

    #[inline]
    fn conn_mut(&mut self, id: ConnId) -> Option<&mut Conn> {
        self.slots.get_mut(id as usize).and_then(|s| s.as_mut())
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.slots.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conn_mut(conn) else { return false };
        if c.topics.contains_key(topic) {
            return false;
        }
        c.topics.insert(topic.to_owned(), ());
        self.rooms.entry(topic.to_owned()).or_default().add(conn)
    }

    fn leave_room(&mut self, conn: ConnId, topic: &str) {
        let empty = match self.rooms.get_mut(topic) {
            Some(room) => {
                room.kick(conn);
                room.members.is_empty()
            }
            None => false,
        };
        if empty {
            self.rooms.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conn_mut(conn) else { return false };
        if c.topics.remove(topic).is_none() {
            return false;
        }
        self.leave_room(conn, topic);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let taken = match self.slots.get_mut(conn as usize) {
            Some(slot) => slot.take(),
            None => None,
        };
        let Some(c) = taken else { return false };
        for (topic, _) in c.topics {
            self.leave_room(conn, &topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(room) = self.rooms.get(topic) else { return 0 };
        let packet: Rc<str> = msg.into();
        for &id in &room.members {
            if let Some(Some(c)) = self.slots.get_mut(id as usize) {
                c.outbox.push_back(packet.clone());
            }
        }
        room.members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conn_mut(conn) {
            Some(c) => c.outbox.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = self.rooms.get(topic).map(|r| r.members.clone()).unwrap_or_default();
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.rooms.len()
    }
}

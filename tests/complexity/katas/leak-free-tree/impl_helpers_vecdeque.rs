// learner: optimal
// idiom: impl-block helpers on Node, VecDeque push_front for the root-first path, Drop with a loop and match on try_unwrap
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    owner: Weak<RefCell<Node<T>>>,
    below: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, owner: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, owner, below: Vec::new() }))
    }

    fn detach_children(&mut self) -> Vec<NodeRef<T>> {
        std::mem::replace(&mut self.below, Vec::new())
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = self.detach_children();
        loop {
            let Some(top) = pending.pop() else { break };
            match Rc::try_unwrap(top) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    pending.append(&mut inner.detach_children());
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().below.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let link = &node.borrow().owner;
    link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().below.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut at = node.clone();
    loop {
        path.push_front(at.borrow().value.clone());
        let up = parent(&at);
        match up {
            Some(p) => at = p,
            None => break,
        }
    }
    path.into()
}

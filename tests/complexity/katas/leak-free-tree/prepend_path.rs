// learner: slow
// why: path_to_root is O(d^2) time, target O(d): inserts each ancestor at the front of the result vector
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: vec![] }));
    parent.borrow_mut().children.push(Rc::clone(&kid));
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // build it root-first directly: each ancestor goes in front
    let mut path = vec![node.borrow().value.clone()];
    let mut cursor = parent(node);
    while let Some(p) = cursor {
        path.insert(0, p.borrow().value.clone());
        cursor = parent(&p);
    }
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<_> = std::mem::take(&mut self.children);
        while let Some(rc) = pending.pop() {
            if let Ok(cell) = Rc::try_unwrap(rc) {
                pending.extend(std::mem::take(&mut cell.into_inner().children));
            }
        }
    }
}

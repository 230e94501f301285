// learner: optimal
// idiom: count the depth first, then fill a Vec<Option<T>> from the back (two passes), Drop with index loop over a Vec stack
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        pending.append(&mut self.children);
        loop {
            let next = match pending.pop() {
                Some(n) => n,
                None => break,
            };
            match Rc::try_unwrap(next) {
                Ok(cell) => {
                    let mut owned = cell.into_inner();
                    pending.append(&mut owned.children);
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = new_node(value);
    child.borrow_mut().parent = Rc::downgrade(parent);
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // First pass: how many nodes are on the path?
    let mut depth = 1;
    let mut cur = parent(node);
    while let Some(p) = cur {
        depth += 1;
        cur = parent(&p);
    }
    // Second pass: write values from the back.
    let mut slots: Vec<Option<T>> = Vec::with_capacity(depth);
    slots.resize_with(depth, || None);
    let mut i = depth;
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        i -= 1;
        slots[i] = Some(n.borrow().value.clone());
        cur = parent(&n);
    }
    slots.into_iter().map(|v| v.expect("every slot filled")).collect()
}

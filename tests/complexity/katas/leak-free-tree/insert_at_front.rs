// learner: slow
// idiom: Ada/SPARK safety engineer: Weak parent, explicit iterative Drop, and a path that is kept root-first at every step of the walk (each ancestor inserted at index 0) so the array is always in its final order
// why: path_to_root inserts each ancestor at the front of the Vec, shifting everything already collected: O(d^2) time for a node at depth d, vs the O(d) target (push while walking up, reverse once)
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut to_release: Vec<NodeRef<T>> = Vec::new();
        to_release.append(&mut self.child_list);
        while let Some(n) = to_release.pop() {
            match Rc::try_unwrap(n) {
                Ok(cell) => {
                    let mut orphan = cell.into_inner();
                    to_release.append(&mut orphan.child_list);
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), child_list: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent_link: Rc::downgrade(parent), child_list: Vec::new() }));
    parent.borrow_mut().child_list.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let list = &node.borrow().child_list;
    let mut result = Vec::with_capacity(list.len());
    for c in list {
        result.push(Rc::clone(c));
    }
    result
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut current = Some(Rc::clone(node));
    while let Some(n) = current {
        path.insert(0, n.borrow().value.clone());
        current = parent(&n);
    }
    path
}

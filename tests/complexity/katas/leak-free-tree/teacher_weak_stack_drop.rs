// learner: optimal
// idiom: teacher style, Weak parent + Vec children, iterative Drop with a while loop and named steps, path built by pushing then reversing
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    // the parent does NOT belong to us: a Weak link
    parent: Weak<RefCell<Node<T>>>,
    // the children DO belong to us
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Step 1: take my children out, so the normal drop finds nothing
        let mut waiting_list: Vec<NodeRef<T>> = std::mem::take(&mut self.children);
        // Step 2: keep going while there are nodes waiting
        while !waiting_list.is_empty() {
            let next_one = waiting_list.pop().unwrap();
            // Step 3: only if we are the last owner do we open the node
            let unwrapped = Rc::try_unwrap(next_one);
            if let Ok(cell) = unwrapped {
                let mut node = cell.into_inner();
                let grandchildren = std::mem::take(&mut node.children);
                for grandchild in grandchildren {
                    waiting_list.push(grandchild);
                }
                // node is dropped here with no children: no deep recursion
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    let fresh_node = Node { value, parent: Weak::new(), children: Vec::new() };
    Rc::new(RefCell::new(fresh_node))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    // Step 1: make the child, pointing weakly up
    let link_up = Rc::downgrade(parent);
    let child_node = Node { value, parent: link_up, children: Vec::new() };
    let child = Rc::new(RefCell::new(child_node));
    // Step 2: the parent keeps a strong handle
    let handle_for_parent = Rc::clone(&child);
    parent.borrow_mut().children.push(handle_for_parent);
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let borrowed = node.borrow();
    borrowed.parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let borrowed = node.borrow();
    let mut handles = Vec::new();
    for child in borrowed.children.iter() {
        handles.push(Rc::clone(child));
    }
    handles
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = Vec::new();
    let mut current = Some(Rc::clone(node));
    let mut keep_walking = true;
    while keep_walking {
        match current {
            Some(here) => {
                values.push(here.borrow().value.clone());
                current = parent(&here);
            }
            None => {
                keep_walking = false;
                current = None;
            }
        }
    }
    // we collected from the node up to the root: flip it once
    values.reverse();
    values
}

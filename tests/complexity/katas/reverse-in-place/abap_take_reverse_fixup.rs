// learner: optimal
// idiom: ABAP-style long names: take the buffer, reverse all bytes, then repair each run of continuation bytes with a while loop
pub fn reverse_in_place(s: &mut String) {
    let mut byte_buffer: Vec<u8> = std::mem::take(s).into_bytes();
    byte_buffer.reverse();

    let total_number_of_bytes = byte_buffer.len();
    let mut current_position = 0;
    while current_position < total_number_of_bytes {
        let current_byte = byte_buffer[current_position];
        let is_continuation_byte = current_byte & 0b1100_0000 == 0b1000_0000;
        if is_continuation_byte {
            let start_of_character = current_position;
            let mut position_of_lead_byte = current_position;
            while byte_buffer[position_of_lead_byte] & 0b1100_0000 == 0b1000_0000 {
                position_of_lead_byte += 1;
            }
            byte_buffer[start_of_character..=position_of_lead_byte].reverse();
            current_position = position_of_lead_byte + 1;
        } else {
            current_position += 1;
        }
    }

    *s = String::from_utf8(byte_buffer).expect("repaired bytes are valid UTF-8");
}

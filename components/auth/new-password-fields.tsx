import { FormField } from "./form-field";

/** A new password typed twice, with the policy's hint: the change-password and reset-password forms say it the same way. */
export function NewPasswordFields({ errors }: { errors?: Record<string, string[]> }) {
  return (
    <>
      <FormField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="Ít nhất 12 ký tự, không cần chữ số hay ký tự đặc biệt: một câu dài dễ nhớ (có dấu cũng được) là tốt nhất. Mật khẩu quá phổ biến sẽ bị từ chối."
        errors={errors?.newPassword}
      />
      <FormField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
    </>
  );
}
